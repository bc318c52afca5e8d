"""Employer portal: vacancies, candidates, placements, subsidies and SROI reporting."""
