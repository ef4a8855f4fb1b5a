; A192244: 0-sequence of reduction of triangular number sequence by x^2 -> x+1.
; 1,1,7,17,47,110,250,538,1123,2278,4522,8812,16911,32031,59991,111263,204593,373370,676800,1219440,2185251,3896796,6917892,12231192,21544717,37819885,66179335,115464893,200906723,348688838

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,3
lpb $0
  add $2,$0
  sub $0,1
  sub $1,$3
  add $2,1
  div $1,-1
  lpb $2
    sub $2,1
    add $1,$2
  lpe
  add $3,$1
lpe
mov $0,$1
sub $0,6
mul $0,-1
add $0,6
sub $0,6
add $0,1
div $0,-1
sub $0,-6
add $0,1
