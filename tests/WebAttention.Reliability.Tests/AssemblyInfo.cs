// The suite starts, kills and restarts real servers and floods them on purpose: one test at a time, so a figure
// measures that test's load and not a neighbour's, and a killed server is never another test's server.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
