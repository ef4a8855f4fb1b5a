; A293077: Number of letters (0's and 1's) in the n-th iterate of the final-letter-removed mapping defined at A289035.
; Formula: a(n) = 2*b(n), b(n) = b(n-1)+c(n-1), c(n) = floor((c(n-1)+(b(n-1)+c(n-1)))/2), b(0) = 0, c(0) = 1
; 2,4,6,10,16,26,44,74,126,214,364,620,1058,1806,3082,5260,8978,15326,26162,44660,76238,130146,222172,379270,647454,1105272,1886816,3220996,5498584,9386670,16024048,27354760,46697496,79717612,136086476

#offset 1

mov $1,1
lpb $0
  sub $0,1
  add $2,$1
  add $1,$2
  div $1,2
lpe
mov $0,$2
mul $0,2
