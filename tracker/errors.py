"""The exceptions tracker raises. Each message names the file or model and says what to do."""


class TrackerError(Exception):
    """Base class of every error tracker raises on purpose."""


class IngestError(TrackerError):
    """An input file or record could not be read as an article."""


class ModelLoadError(TrackerError):
    """An NLI model could not be loaded from the given name or folder."""


class GoldFormatError(TrackerError):
    """A gold annotation file is malformed or does not match its article."""
