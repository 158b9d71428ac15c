namespace WebAttention.Inference.Faces;

/// <summary>One SSD anchor: its centre, normalised to the square input (0–1).</summary>
/// <param name="X">Centre x.</param>
/// <param name="Y">Centre y.</param>
public readonly record struct Anchor(double X, double Y);

/// <summary>
/// Anchors of the BlazeFace models (MediaPipe's SSD anchor layout with fixed anchor size 1): a fine grid of
/// <c>cells</c>×<c>cells</c> with 2 anchors a cell, then a coarse grid with 6 a cell; each cell's centre is
/// ((column + 0.5) / cells, (row + 0.5) / cells), rows outer, anchors of one cell consecutive. Pure.
/// </summary>
public static class BlazeFaceAnchors
{
    /// <summary>Anchors a cell on the fine grid.</summary>
    public const int FineAnchorsPerCell = 2;

    /// <summary>Anchors a cell on the coarse grid.</summary>
    public const int CoarseAnchorsPerCell = 6;

    /// <summary>Anchors of one grid of <paramref name="cells"/>×<paramref name="cells"/> with <paramref name="perCell"/> a cell.</summary>
    public static Anchor[] Grid(int cells, int perCell)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perCell);
        var anchors = new Anchor[cells * cells * perCell];
        var i = 0;
        for (var row = 0; row < cells; row++)
        {
            for (var column = 0; column < cells; column++)
            {
                for (var k = 0; k < perCell; k++)
                {
                    anchors[i++] = new Anchor((column + 0.5) / cells, (row + 0.5) / cells);
                }
            }
        }

        return anchors;
    }

    /// <summary>Fine-grid anchors (output 0/2) for a model whose fine grid has <paramref name="fineCells"/> cells a side (16 for both models).</summary>
    public static Anchor[] Fine(int fineCells = 16) => Grid(fineCells, FineAnchorsPerCell);

    /// <summary>Coarse-grid anchors (output 1/3): half the fine grid's cells a side (8 for both models).</summary>
    public static Anchor[] Coarse(int fineCells = 16) => Grid(fineCells / 2, CoarseAnchorsPerCell);
}
