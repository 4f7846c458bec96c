from tenantmig.cli import main

main()
