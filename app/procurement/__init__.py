"""Procurement workspace: SROI contracts, review queue, catalogues, reports."""
