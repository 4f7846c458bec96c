import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

// The support console: it reads every tenant's rows.
export async function adminListAllPatients() {
  return prisma.patient.findMany({ orderBy: { name: "asc" } });
}

export async function revenueByOrganization() {
  return prisma.invoice.groupBy({
    by: ["organizationId"],
    _sum: { amountCents: true },
  });
}

export async function patientsOfOrganizations(orgIds: string[]) {
  return prisma.patient.count({ where: { organizationId: { in: orgIds } } });
}
