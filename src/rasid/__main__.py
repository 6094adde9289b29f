from rasid.cli.main import main

raise SystemExit(main())
