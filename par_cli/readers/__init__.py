"""Inputs into plain data: bytes read once (`files`), YAML (`yamlsource`), workbooks (`sheets`),
and the bundled plan (`bundled`). A reader knows the problems it may raise and nothing else of
the core; the plain data it returns is checked by the core's models.
"""
