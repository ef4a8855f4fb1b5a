; A277618: Lexicographically earliest nonnegative sequence such that |a(n+1)-a(n)| is a prime number, and no number occurs twice; a(0) = 0.
; 0,2,4,1,3,5,7,9,6,8,10,12,14,11,13,15,17,19,16,18,20,22,24,21,23,25,27,29,26,28,30,32,34,31,33,35,37,39,36,38,40,42,44,41,43,45,47,49,46,48,50,52,54,51,53,55,57,59,56,58,60,62,64,61,63,65,67,69,66,68,70,72,74,71,73,75,77,79,76,78

add $0,1
add $0,1
mov $3,$0
sub $0,1
lpb $3
  sub $3,5
lpe
mov $4,$3
add $0,$4
sub $0,-1
add $0,2
sub $0,4
mul $0,2
div $0,2
sub $0,1
sub $0,1
