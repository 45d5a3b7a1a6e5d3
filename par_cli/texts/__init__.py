"""Every word a user reads, in both languages: the catalogue and its `Labels` (`labels`), the
problems' messages (`problem_texts`, `messages`), and text from data made inert (`escape`)."""
