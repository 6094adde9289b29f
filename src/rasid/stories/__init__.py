"""Stories: syndicated copies, incremental story clustering and events inside stories."""
