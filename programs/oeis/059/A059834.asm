; A059834: Sum of squares of entries of Wilkinson's eigenvalue test matrix of order 2n+1.
; 0,6,18,40,76,130,206,308,440,606,810,1056,1348,1690,2086,2540,3056,3638,4290,5016,5820,6706,7678,8740,9896,11150,12506,13968,15540,17226,19030,20956,23008,25190,27506,29960,32556,35298,38190,41236,44440

sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,2
mov $2,$0
sub $2,2
lpb $2
  sub $2,1
  add $3,$0
  sub $1,$3
  sub $0,1
  add $3,-1
  add $3,$2
  sub $0,2
lpe
mov $0,$1
mul $0,-2
div $0,2
sub $0,2
mul $0,4
add $0,8
sub $0,28
div $0,4
add $0,8
sub $0,1
mul $0,4
add $0,6
sub $0,18
mul $0,2
add $0,24
div $0,4
