"""Jobhunter workspace: clients, matches, placements, employer relations, campaign."""
