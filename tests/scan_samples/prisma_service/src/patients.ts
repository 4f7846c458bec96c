import { PrismaClient, Prisma } from "@prisma/client";

const prisma = new PrismaClient();

export class PatientService {
  constructor(private readonly db: PrismaClient) {}

  async list(organizationId: string) {
    return this.db.patient.findMany({
      where: { organizationId: organizationId, name: { not: "" } },
      orderBy: { name: "asc" },
    });
  }

  async get(organizationId: string, id: string) {
    return this.db.patient.findFirst({ where: { id, organizationId } });
  }

  async upcoming(orgId: string) {
    return prisma.appointment.findMany({
      where: {
        AND: [{ organizationId: { equals: orgId } }, { startsAt: { gte: new Date() } }],
      },
    });
  }

  async byOrganization(orgId: string) {
    return prisma.patient.findMany({ where: { organization: { id: orgId } } });
  }

  async unpaidTotal(orgId: string) {
    const rows = await prisma.$queryRaw<{ total: number }[]>`
      SELECT sum(amount_cents) AS total
        FROM invoices
       WHERE organization_id = ${orgId}::uuid AND paid_at IS NULL`;
    return rows[0].total;
  }

  async byName(organizationId: string, name: string) {
    return prisma.patient.findUnique({ where: { organizationId_name: { organizationId, name } } });
  }

  // An admin check inside one tenant: it names the tenant, so it is not cross-tenant code.
  async isOrgAdmin(slug: string, userName: string) {
    return prisma.patient.count({ where: { name: userName, organization: { slug } } });
  }

  async search(organizationId: string, prefix: string) {
    const where: Prisma.PatientWhereInput = { organizationId, name: { startsWith: prefix } };
    return prisma.patient.findMany({ where, take: 20 });
  }

  // Look-alikes: none of these filters a tenant table by its tenant.
  // prisma.patient.findMany({ where: { organizationId: orgId } })  -- a comment, not code
  isDefault(organizationId: string | undefined) {
    return organizationId === undefined || organizationId === "";
  }

  async countries(organizationId: string) {
    console.log("WHERE organization_id = is not a query", organizationId);
    return prisma.country.findMany({ where: { name: organizationId } });
  }
}
