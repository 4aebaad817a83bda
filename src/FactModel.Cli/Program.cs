return FactModel.Cli.FactModelCli.Run(args, System.Console.Out, System.Console.Error, System.Environment.CurrentDirectory);
