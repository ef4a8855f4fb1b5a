; A178999: Number of n-node simple graphs that are not determined by their resistance distance multisets.
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
