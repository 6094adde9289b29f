"""Storage behind one interface: SQLite (default, embedded) and PostgreSQL."""
