namespace WebAttention.Client.Studio;

/// <summary>Undo and redo of whole states (here: sets of manual keyframes). A new edit clears the redo side.</summary>
/// <typeparam name="T">An immutable state.</typeparam>
public sealed class UndoStack<T>(int capacity = 100)
{
    private readonly LinkedList<T> undo = new();
    private readonly Stack<T> redo = new();

    /// <summary>Whether there is a state to go back to.</summary>
    public bool CanUndo => undo.Count > 0;

    /// <summary>Whether an undone state can be restored.</summary>
    public bool CanRedo => redo.Count > 0;

    /// <summary>Records <paramref name="before"/>, the state an edit is about to replace.</summary>
    public void Record(T before)
    {
        undo.AddLast(before);
        if (undo.Count > capacity)
        {
            undo.RemoveFirst();
        }
        redo.Clear();
    }

    /// <summary>The state before <paramref name="current"/>, or false when there is none.</summary>
    public bool TryUndo(T current, out T previous)
    {
        if (undo.Last is not { } last)
        {
            previous = current;
            return false;
        }
        undo.RemoveLast();
        redo.Push(current);
        previous = last.Value;
        return true;
    }

    /// <summary>The state undone last, or false when there is none.</summary>
    public bool TryRedo(T current, out T next)
    {
        if (!redo.TryPop(out var popped))
        {
            next = current;
            return false;
        }
        undo.AddLast(current);
        next = popped;
        return true;
    }

    /// <summary>Forgets all history.</summary>
    public void Clear()
    {
        undo.Clear();
        redo.Clear();
    }
}
