; A178999: Number of n-node simple graphs that are not determined by their resistance distance multisets.
; Formula: a(n) = floor(max(8*max(n-8-binomial(0-(n-8)-(n-8),3),0)-binomial(0-(n-8)-(n-8),3),0)/2)
; 0,0,0,0,0,0,0,0,22,98

#offset 1

sub $0,8
sub $1,$0
sub $1,$0
bin $1,3
trn $0,$1
mul $0,8
trn $0,$1
div $0,2
