"""Login and logout."""
