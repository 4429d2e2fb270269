// Placeholder replaced by the native-backend provisioning script (issue 4).
process.exit(0);
