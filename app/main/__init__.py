"""Start page, health check and error pages."""
