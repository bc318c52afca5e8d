"""Administration: organisations, users, catalogues, schemes, minimum wage, reference data."""
