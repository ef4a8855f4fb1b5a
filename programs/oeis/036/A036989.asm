; A036989: Read binary expansion of n from the right; keep track of the excess of 1's over 0's that have been seen so far; sequence gives 1 + maximum(excess of 1's over 0's).
; 1,2,1,3,1,2,2,4,1,2,1,3,1,3,3,5,1,2,1,3,1,2,2,4,1,2,2,4,2,4,4,6,1,2,1,3,1,2,2,4,1,2,1,3,1,3,3,5,1,2,1,3,1,3,3,5,1,3,3,5,3,5,5,7,1,2,1,3,1,2,2,4,1,2,1,3,1,3,3,5

lpb $0
  lpb $0
    sub $1,1
    dif $0,2
  lpe
  add $1,1
  div $0,2
  max $2,$1
lpe
mov $0,$2
add $0,1
