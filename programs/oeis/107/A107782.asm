; A107782: In binary representation of n: (number of zeros) minus (number of blocks of contiguous zeros).
; 0,0,0,0,1,0,0,0,2,1,0,0,1,0,0,0,3,2,1,1,1,0,0,0,2,1,0,0,1,0,0,0,4,3,2,2,2,1,1,1,2,1,0,0,1,0,0,0,3,2,1,1,1,0,0,0,2,1,0,0,1,0,0,0,5,4,3,3,3,2,2,2,3,2,1,1,2,1,1,1

lpb $0
  dif $0,2
  lpb $0
    dif $0,2
    add $1,1
  lpe
  div $0,2
lpe
mov $0,$1
