using WebAttention.Client.Studio;

namespace WebAttention.Client.Tests.Studio;

public class UndoStackTests
{
    [Fact]
    public void Undo_returns_the_state_before_the_edit_and_redo_brings_the_edit_back()
    {
        var stack = new UndoStack<string>();
        stack.Record("a"); // a → b

        Assert.True(stack.TryUndo("b", out var undone));
        Assert.Equal("a", undone);
        Assert.True(stack.TryRedo("a", out var redone));
        Assert.Equal("b", redone);
        Assert.True(stack.CanUndo);
        Assert.False(stack.CanRedo);
    }

    [Fact]
    public void Nothing_to_undo_leaves_the_state_alone()
    {
        var stack = new UndoStack<string>();

        Assert.False(stack.TryUndo("x", out var same));
        Assert.Equal("x", same);
        Assert.False(stack.TryRedo("x", out _));
    }

    [Fact]
    public void A_new_edit_after_undo_clears_redo()
    {
        var stack = new UndoStack<int>();
        stack.Record(1);
        stack.Record(2);
        stack.TryUndo(3, out _);

        stack.Record(2);

        Assert.False(stack.CanRedo);
    }

    [Fact]
    public void Several_undos_walk_back_in_order()
    {
        var stack = new UndoStack<int>();
        stack.Record(1);
        stack.Record(2);

        stack.TryUndo(3, out var first);
        stack.TryUndo(first, out var second);

        Assert.Equal((2, 1), (first, second));
        Assert.False(stack.CanUndo);
    }

    [Fact]
    public void The_oldest_state_is_dropped_beyond_capacity()
    {
        var stack = new UndoStack<int>(capacity: 2);
        stack.Record(1);
        stack.Record(2);
        stack.Record(3);

        stack.TryUndo(4, out var a);
        stack.TryUndo(a, out var b);

        Assert.Equal((3, 2), (a, b));
        Assert.False(stack.CanUndo);
    }
}
