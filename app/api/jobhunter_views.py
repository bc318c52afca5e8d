"""Jobhunters: vacancies of their region, placements and exits of their municipality."""
