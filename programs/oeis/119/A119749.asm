; A119749: Number of compositions of n into odd blocks with one element in each block distinguished.
; Formula: a(n) = e(n), b(n) = b(n-1)+c(n-1)+(c(n-1)-e(n-1)-(b(n-1)+c(n-1))), c(n) = c(n-1)-e(n-1)-(b(n-1)+c(n-1)), d(n) = d(n-1)-(b(n-1)+c(n-1)), e(n) = e(n-1)+(d(n-1)-(b(n-1)+c(n-1)))+1+(c(n-1)-e(n-1)-(b(n-1)+c(n-1))), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,1,4,7,15,32,65,137,284,591,1231,2560,5329,11089,23076,48023,99935,207968,432785,900633,1874236,3900319,8116639,16890880,35150241,73148321,152223044,316779047,659223215,1371856032,2854858465

#offset 1

lpb $0
  sub $0,1
  add $1,$2
  sub $2,$3
  sub $4,$1
  add $3,$4
  sub $2,$1
  add $1,$2
  add $3,1
  add $3,$2
lpe
mov $0,$3
