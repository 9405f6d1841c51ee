using Infra.Etcd.Client;

namespace Infra.Backends.Etcd;

/// <summary>A stack lock this backend holds: the lock key's create revision fences every write it makes.</summary>
internal sealed record HeldLock(string Stack, long CreateRevision, long LeaseId, string LockId, LeaseKeeper Keeper);
