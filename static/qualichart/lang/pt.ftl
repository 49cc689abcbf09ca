# qualichart em português: o gráfico, a sua versão estática e os textos da CLI.
# Mesma sintaxe e mesmos identificadores que en.ftl (ver o seu cabeçalho). O carro é
# masculino («o nº 31», «todos os nove carros»); «segundo» concorda com a parte inteira
# ($whole: 0,071 segundo, 2,5 segundos), como na norma brasileira.

## Listas

list-comma = {", "}
list-and = { $first } e { $last }

number-word = { $n ->
    [0] nenhum
    [1] um
    [2] dois
    [3] três
    [4] quatro
    [5] cinco
    [6] seis
    [7] sete
    [8] oito
    [9] nove
    [10] dez
    [11] onze
    [12] doze
   *[other] { $n }
}

## A crônica

story-car = { $model } nº { $number }
story-car-number = carro nº { $number }
story-who-number = O nº { $number }
story-car-ref = nº { $number }
story-no-time = Nenhum carro marcou tempo.

story-pole-what = { $kind ->
    [class] a pole da classe { $class }
    [fastest] o melhor tempo
   *[pole] a pole position
}
story-seconds = { $whole ->
    [one] segundo
   *[other] segundos
}
story-pole = { $who } ({ $car }) { $kind ->
        [fastest] fez
       *[other] conquistou
    } { story-pole-what } com { $time }.
story-pole-provisional = { $who } ({ $car }) ocupa provisoriamente { story-pole-what } com { $time }.
story-fastest-so-far = { $who } ({ $car }) tem até agora o melhor tempo: { $time }.
story-pole-at = Aos { $moment } de sessão, { $who } ({ $car }) ocupava provisoriamente { story-pole-what } com { $time }.
story-fastest-at = Aos { $moment } de sessão, { $who } ({ $car }) tinha o melhor tempo: { $time }.

story-place = { $place ->
        [2] Segundo
       *[3] Terceiro
    } lugar para { $who } ({ $car }), a { $gap } { story-seconds }.
story-place-tied = { $place ->
        [2] Segundo
       *[3] Terceiro
    } lugar para { $who } ({ $car }), com o mesmo tempo, marcado depois.

story-class-pole = { $who } na { $class } (nº { $number }, { $time })
story-class-poles = As poles das classes ficaram com { $poles }.
story-class-poles-provisional = Poles provisórias das classes: { $poles }.

story-record-holder = {" "}({ $holder })
story-record-stood = O recorde de { $record }{ $holder } resistiu: o melhor tempo{ $scope ->
        [class] {" "}da classe { $class }
       *[all] {""}
    } ficou a { $gap } { story-seconds }.
story-record-stood-untried = O recorde de { $record }{ $holder } não foi ameaçado.
story-record-beaten-by-pole = A pole bateu por { $gap } { story-seconds } o recorde de { $record }{ $holder }
story-record-beaten-by-car = O nº { $number } bateu por { $gap } { story-seconds } o recorde de { $record }{ $holder }
story-record-all-under = todos os { $all } carros{ $scope ->
        [class] {" "}da classe { $class }
       *[all] {""}
    } com tempo ficaram abaixo dessa marca
story-record-only-one = nenhum outro carro ficou abaixo dessa marca
story-record-some-under = { $beaten } dos { $eligible } carros{ $scope ->
        [class] {" "}da classe { $class }
       *[all] {""}
    } com tempo ficaram abaixo dessa marca
story-record-beaten = { $by }; { $under }.

story-spread = Os { $count } carros{ $scope ->
        [class] {" "}da classe { $class }
       *[all] {""}
    } com tempo ficaram { $within ->
        [yes] dentro de um segundo: { $spread } { story-seconds }
       *[no] espalhados por { $spread } { story-seconds }
    } do primeiro ao último.

story-outside-107 = { $n ->
        [one] O { $cars } ficou
       *[other] Os { $cars } ficaram
    } fora dos 107 % da pole{ $scope ->
        [class] {" "}da classe { $class }
       *[all] {""}
    } (mais { $n ->
        [one] lento
       *[other] lentos
    } que { $limit }).

story-untimed = O nº { $subject } { $status ->
        [dns] não participou da sessão
        [excluded] foi excluído
       *[none] não marcou tempo
    }.
story-untimed-note = O nº { $subject } { $status ->
        [dns] não participou da sessão
        [excluded] foi excluído
       *[none] não marcou tempo
    }: { $note }.

## A moldura do gráfico: o carregamento, ou um gráfico que não pôde ser exibido (o motivo vem a
## seguir, em inglês: ver o cabeçalho de en.ftl).

status-loading = Carregando a sessão…
status-failed = Não foi possível exibir o gráfico.{" "}
status-retry = Tentar de novo

status-label = { $status ->
    [dns] Não participou
    [excluded] Excluído
   *[no_time] Sem tempo
}

## O gráfico

chart-name = { $scope ->
        [classes] Diferença para a pole de cada classe
        [parts] Diferença para o melhor tempo de cada fase
        [class] { $class }: diferença para a pole
       *[all] Diferença para a pole
    }, { $n ->
        [0] nenhum carro com tempo
        [one] { $count } carro com tempo
       *[other] { $count } carros com tempo
    }
chart-to-pole = a { $gap } da pole
chart-classes = Classe
chart-all-classes = Todas
chart-show-all-classes = Mostrar as { $count } classes
chart-show-all-cars = Mostrar os { $count } carros
chart-legend-classes = Classes
chart-legend-manufacturers = Fabricantes
chart-legend-teams = Equipes
chart-more-cars = Mostrando { $shown } de { $total } carros
chart-cutoff = 107 %
chart-cutoff-title = 107 % da pole: { $limit }; os carros à direita desta linha foram mais lentos
chart-ghost = #{ $number }: a volta anulada em { $time } (volta { $lap }) teria valido { $result }
chart-ghost-pole = a pole por { $gap }
chart-part-fastest = melhor tempo { $time }
chart-record = Recorde { $time }
chart-download-svg = Baixar SVG
chart-download-png = Baixar PNG
chart-data-json = Baixar os dados (JSON)
chart-data-csv = Baixar os dados (CSV)
page-title = Classificação

credit-source = Fonte: { $name }
credit-byline = Gráfico: { $name }

## O painel do carro selecionado

details-hint = Passe o cursor, toque ou use as setas sobre um carro para ver as voltas dele. Clique nele, pressione Enter ou use o botão Comparar para compará-lo com outros.
details-compare = Comparar
details-uncompare = Remover da comparação
details-best = Melhor volta
details-best-on-lap = { $time } (volta { $lap })
details-gap = Diferença
details-metres = Diferença em metros
details-interval = Intervalo
details-percent = % da pole
details-ideal = Volta ideal
details-laps-run = Voltas completadas
details-lost = Em relação à volta da pole, setor a setor:{" "}
details-laps-caption = Volta a volta: ◆ melhor setor da sessão, ● melhor setor pessoal, riscada: anulada
details-laps-window = . Voltas { $first }–{ $last } de { $total }, em torno da melhor.{" "}
details-show-all-laps = Mostrar as { $count } voltas
details-session-best = melhor da sessão
details-personal-best = melhor pessoal
details-lap = Volta
details-time = Tempo
details-red-flag = bandeira vermelha
deleted = anulada
pit-in = entrada
pit-out = saída

## A tabela

table-show = Ver como tabela
table-name = Tabela da classificação
table-more-cars = { chart-more-cars }.{" "}
table-pos = Pos.
table-class = Classe
table-part = Fase
table-part-title = a fase cujo tempo classifica o carro; a diferença é para o melhor tempo dessa fase
table-car = Nº
table-driver = Piloto
table-best = Melhor volta
table-gap = Dif.
table-interval = Int.
table-percent = %
table-metres = Metros
table-metres-title = a diferença como distância, à velocidade média da volta da pole
table-ideal = Ideal
table-left = Margem
table-left-title = melhor volta − volta ideal
table-ideal-gap = Dif. ideal
table-ideal-gap-title = volta ideal − a volta ideal mais rápida
table-note = Observação
table-pole = pole
table-outside-107 = fora dos 107 %

## A comparação

compare-title = Comparação
compare-clear = Limpar
compare-hint = Escolha outro carro para comparar.
compare-ideal-delta = Δ ideal

## As voltas dos carros comparados

laps-title = Volta a volta
laps-sub = Cada volta no momento da sessão em que terminou; a linha é o melhor tempo de cada carro até então.
laps-hint = Passe o cursor, toque ou selecione uma volta para ver o tempo, os setores e o piloto.
laps-axis = Tempo de volta · mais baixo é mais rápido
laps-summary = Todas as voltas de { $cars } no tempo da sessão; mais baixo é mais rápido
laps-lap = #{ $number } volta { $lap }
laps-no-time = sem tempo
laps-best = melhor volta
laps-out-lap = volta de saída
laps-in-lap = volta de entrada
laps-show-slow = Mostrar as voltas mais lentas
laps-hide-slow = Ocultar as voltas mais lentas
laps-slow-shown = Mostrando todas as voltas, inclusive as de saída e as acima de 107 % da melhor de cada carro ({ $count }).
laps-slow-hidden = As voltas de saída e as acima de 107 % da melhor de cada carro estão ocultas ({ $count }).
laps-capped = São desenhadas as { $shown } voltas mais rápidas de cada carro ({ $n ->
        [one] mais { $total } não desenhada
       *[other] mais { $total } não desenhadas
    }).
laps-unplaced = As voltas sem horário da sessão não são desenhadas ({ $count }).
laps-none = Nenhuma volta destes carros pode ser desenhada: a cronometragem não traz nenhuma com tempo e horário da sessão.

## A pole provisória

timeline-title = A pole provisória ao longo da sessão
timeline-summary = A pole provisória ao longo da sessão: { $steps }
timeline-then = {"; depois "}
timeline-step = #{ $number } { $driver } { $time } na volta { $lap }, aos { $at }

## O replay

replay-play = Reproduzir
replay-pause = Pausar
replay-end = Fim
replay-slider = Tempo de sessão
replay-value = { $moment } de { $end }

## Ao vivo

live-final = Encerrada
live-failing = Ao vivo · falha na atualização, tentando de novo
live-updated = Ao vivo · atualizado { $unit ->
        [now] agora mesmo
        [s] há { $n } s
        [min] há { $n } min
       *[h] há { $n } h
    }
live-news = Nova pole provisória{ $scope ->
        [class] {" "}da classe { $class }
       *[all] {""}
    }: { $who }, { $time }.

## O relatório em texto da CLI

report-number = Nº
report-no-entries = Nenhum inscrito.
report-class = Classe: { $class }
report-at = Situação aos { $at } de sessão (provisória)
report-class-poles = Poles das classes
report-records = Recordes
report-record-verdict = { $n ->
        [0] não batido
        [one] batido por { $n } carro
       *[other] batido por { $n } carros
    }
report-sectors = Melhores setores da sessão
report-not-timed = sem tempo
report-ideal = Volta ideal  { $ideal }  (soma dos melhores setores da sessão)
