"""From computed results to Reports: labels from the catalogue, columns, the JSON contract."""
