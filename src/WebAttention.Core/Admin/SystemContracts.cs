namespace WebAttention.Core.Admin;

/// <summary>A Hangfire server (worker process) and the device it published.</summary>
public sealed record WorkerInfo(
    string Name, string Host, IReadOnlyList<string> Queues, int WorkerCount, DateTime StartedAt, DateTime? Heartbeat,
    string? Device, string? GpuName, long? GpuMemoryBytes, IReadOnlyList<string> CurrentJobs);

/// <summary>Bytes of one kind of file.</summary>
public sealed record StorageKindUse(string Kind, long Bytes, int Files);

/// <summary>Bytes per user.</summary>
public sealed record StorageUserUse(string OwnerId, string? Email, int Clips, long Bytes);

/// <summary>Storage use per clip kind and per user, and what is orphaned.</summary>
public sealed record StorageReport(IReadOnlyList<StorageKindUse> Kinds, IReadOnlyList<StorageUserUse> Users, int OrphanFolders, long OrphanBytes);

/// <summary>What an orphan cleanup removed.</summary>
public sealed record OrphanCleanup(int Folders, long Bytes);

/// <summary>An account as the dashboard lists it.</summary>
public sealed record AdminUser(string Id, string Email, IReadOnlyList<string> Roles, bool Locked, int Clips);

/// <summary>The roles an account should have (of Creator, Reviewer, Admin).</summary>
public sealed record UserRolesRequest(IReadOnlyList<string> Roles);

/// <summary>Locks (signs out for good) or unlocks an account.</summary>
public sealed record UserLockRequest(bool Locked);
