import sys

from georoute.cli import main

sys.exit(main())
