; A392739: A balanced 4-automatic binary sequence related to Thue-Morse sequence.
; 0,1,0,1,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1

sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  sub $1,2
  dif $3,2
lpe
lpb $0
  mov $0,$1
  div $0,-2
lpe
sub $0,-1
mod $0,2
