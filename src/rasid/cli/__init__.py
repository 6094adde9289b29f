"""Command-line interface.  Each module in ``rasid.cli.commands`` registers its own subcommands."""
