namespace WebAttention.Client.Studio;

/// <summary>What a key does in the studio.</summary>
public enum StudioCommand
{
    /// <summary>Not a studio key.</summary>
    None,
    /// <summary>Space: play or pause.</summary>
    TogglePlay,
    /// <summary>K: pause.</summary>
    Pause,
    /// <summary>L: play.</summary>
    Play,
    /// <summary>J: back one second.</summary>
    BackOneSecond,
    /// <summary>Left arrow: one frame back.</summary>
    StepBack,
    /// <summary>Right arrow: one frame forward.</summary>
    StepForward,
    /// <summary>Ctrl+Z.</summary>
    Undo,
    /// <summary>Ctrl+Shift+Z (or Ctrl+Y).</summary>
    Redo,
    /// <summary>Delete/Backspace: delete the selected manual keyframe.</summary>
    DeleteKeyframe,
}

/// <summary>The studio's keyboard map (DOM <c>KeyboardEvent.key</c> values).</summary>
public static class PlayerShortcuts
{
    /// <summary>The command of <paramref name="key"/> with the modifiers held.</summary>
    public static StudioCommand Map(string key, bool ctrl, bool shift)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ctrl)
        {
            return key.ToUpperInvariant() switch
            {
                "Z" => shift ? StudioCommand.Redo : StudioCommand.Undo,
                "Y" => StudioCommand.Redo,
                _ => StudioCommand.None,
            };
        }
        return key switch
        {
            " " => StudioCommand.TogglePlay,
            "k" or "K" => StudioCommand.Pause,
            "l" or "L" => StudioCommand.Play,
            "j" or "J" => StudioCommand.BackOneSecond,
            "ArrowLeft" => StudioCommand.StepBack,
            "ArrowRight" => StudioCommand.StepForward,
            "Delete" or "Backspace" => StudioCommand.DeleteKeyframe,
            _ => StudioCommand.None,
        };
    }
}
