"""Stories: syndicated copies, incremental story clustering and events inside stories.

    from rasid.stories import find_copy_groups, CopyIndex, StoryClusterer, StoryConfig
"""

from rasid.stories.clusterer import StoryClusterer
from rasid.stories.config import StoryConfig
from rasid.stories.copies import CopyIndex, find_copy_groups
from rasid.stories.events import EventConfig

__all__ = ["CopyIndex", "EventConfig", "StoryClusterer", "StoryConfig", "find_copy_groups"]
