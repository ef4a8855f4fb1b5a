; A063241: Dimension of the space of weight 2n cuspidal newforms for Gamma_0(90).
; 3,5,7,13,15,17,23,25,27,33,35,37,43,45,47,53,55,57,63,65,67,73,75,77,83,85,87,93,95,97,103,105,107,113,115,117,123,125,127,133,135,137,143,145,147,153,155,157,163,165

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,6
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
  add $0,3
  sub $0,1
lpe
sub $0,7
add $0,2
sub $0,1
sub $0,-4
sub $0,-1
sub $0,-1
mul $0,2
add $0,3
