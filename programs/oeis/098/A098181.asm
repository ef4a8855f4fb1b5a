; A098181: Two consecutive odd numbers separated by multiples of four, repeated twice, between them, written in increasing order.
; Formula: a(n) = floor((n+1)%4/2)+(n+1)
; 1,3,4,4,5,7,8,8,9,11,12,12,13,15,16,16,17,19,20,20,21,23,24,24,25,27,28,28,29,31,32,32,33,35,36,36,37,39,40,40,41,43,44,44,45,47,48,48,49,51,52,52,53,55,56,56,57,59,60,60,61,63,64,64,65,67,68,68,69,71,72,72,73,75,76,76,77,79,80,80

add $0,1
mov $1,$0
mod $0,4
div $0,2
add $0,$1
