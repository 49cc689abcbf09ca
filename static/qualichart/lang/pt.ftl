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
