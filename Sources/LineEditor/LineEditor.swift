public enum LineEditorPlaceholderRemoveMe {}
