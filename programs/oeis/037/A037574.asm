; A037574: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,2.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 9*c(n-1)-floor((b(n-1)+2)/4)+2, b(0) = 0, c(0) = 0
; 2,19,173,1559,14032,126290,1136612,10229509,92065583,828590249,7457312242,67115810180,604042291622,5436380624599,48927425621393,440346830592539,3963121475332852

#offset 1

lpb $0
  add $1,2
  mul $2,9
  mov $3,$1
  div $3,4
  mod $1,3
  sub $2,$3
  sub $0,1
  add $2,2
lpe
mov $0,$2
