"""Services: cross-record domain logic that views call (one function per use case)."""
