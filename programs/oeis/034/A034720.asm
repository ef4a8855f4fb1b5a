; A034720: Number of different words that can be formed from an n X n grid of letters, reading horizontally, vertically or diagonally.
; Formula: a(n) = truncate((2*A016885(n-1)+binomial(0-2*A016885(n-1),3))/-50)
; 1,16,65,168,345,616,1001,1520,2193,3040,4081,5336,6825,8568,10585,12896,15521,18480,21793,25480,29561,34056,38985,44368,50225,56576,63441,70840,78793,87320,96441,106176,116545,127568,139265,151656

#offset 1

sub $0,1
seq $0,16885
mul $0,2
sub $1,$0
bin $1,3
add $0,$1
div $0,-50
