; A342510: a(n) = k where Z_k is the largest Zimin word that n (read as a binary word) does not avoid.
; Formula: a(n) = -lodabin(truncate((A051724(n)+4)/-3),-1)+2
; 1,1,1,1,1,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

seq $0,51724
add $0,4
div $0,-3
bin $0,-1
mul $0,-1
add $0,2
