; A392739: A balanced 4-automatic binary sequence related to Thue-Morse sequence.
; 0,1,0,1,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1

add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,3
  dif $0,2
lpe
add $0,$2
add $0,1
mod $0,2
