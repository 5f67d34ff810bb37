from jdwizard.cli import main

raise SystemExit(main())
