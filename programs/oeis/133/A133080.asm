; A133080: Interpolation operator: Triangle with an even number of zeros in each line followed by 1 or 2 ones.
; 1,1,1,0,0,1,0,0,1,1,0,0,0,0,1,0,0,0,0,1,1,0,0,0,0,0,0,1,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,1,0,0

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
trn $0,-1
bin $1,$0
bin $0,$1
mod $0,2
