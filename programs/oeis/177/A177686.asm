; A177686: If a1a2a3 is a 3-digit integer in a concatenated form, we define two permutations of its digits as follows: P1(a1a2a3)=a2a3a1 and P2(a1a2a3)=a1a3a2, then we take the absolute value of their difference. Thus we form a sequence: a1a2a3, abs(P1(a1a2a3)-P2(a1a2a3)), and so on.
; Formula: a(n) = -99*truncate((n-10)*lodapow(-1,n-10)/2)+495
; 99,891,198,792,297,693,396,594,495

#offset 1

sub $0,10
mov $1,-1
pow $1,$0
mul $0,$1
div $0,2
mul $0,-99
add $0,495
