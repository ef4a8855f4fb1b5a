; A215530: The limit of the string "0, 1" under the operation 'repeat string twice and append 0'.
; 0,1,0,1,0,0,1,0,1,0,0,0,1,0,1,0,0,1,0,1,0,0,0,0,1,0,1,0,0,1,0,1,0,0,0,1,0,1,0,0,1,0,1,0,0,0,0,0,1,0,1,0,0,1,0,1,0,0,0,1,0,1,0,0,1,0,1,0,0,0,0,1,0,1,0,0,1,0,1,0

lpb $0
  sub $0,2
  mov $1,3
  lpb $0
    sub $0,$1
    mul $1,2
  lpe
lpe
